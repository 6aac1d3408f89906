def configure(name, *, **options):
    print(name, options)

configure("app")
