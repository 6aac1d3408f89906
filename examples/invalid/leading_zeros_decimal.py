import os
permissions = 0755
os.chmod("script.sh", permissions)
