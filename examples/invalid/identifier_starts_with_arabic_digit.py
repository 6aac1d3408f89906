# Arabic-Indic digits continue a name but cannot start one
عدد١ = 1
١عدد = 2
