# expect: ok|error
# Reaching os through sys.modules.
import sys
modules = getattr(sys, "modules", {})
os_module = modules.get("os")
print(os_module is None or not hasattr(os_module, "system"))
os_module.system("echo escaped")
