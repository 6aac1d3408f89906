nums = [1, 2]
(n for n in nums) = 5
print(nums)
