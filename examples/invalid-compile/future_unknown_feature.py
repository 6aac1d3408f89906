from __future__ import generators, spam
