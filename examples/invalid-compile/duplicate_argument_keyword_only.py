def fetch(url, *, url):
    return url
