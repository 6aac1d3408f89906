x


y