1st_place = "gold"
2nd_place = "silver"
print(1st_place)
