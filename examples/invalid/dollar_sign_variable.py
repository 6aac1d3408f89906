price = 30
$total = price * 2
print($total)
