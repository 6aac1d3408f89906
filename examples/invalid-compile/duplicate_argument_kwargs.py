def render(context, **context):
    return context
