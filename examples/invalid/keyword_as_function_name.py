def import():
    print("importing")

import()
