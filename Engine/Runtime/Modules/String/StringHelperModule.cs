namespace Engine.Runtime.Modules;

/// <summary><c>_string</c>: the parser of str.format exposed to string.Formatter
/// (formatter_parser and formatter_field_name_split), as CPython's C helper exposes it.</summary>
public static class StringHelperModule
{
    private static readonly PyType FormatterIterator = new("formatteriterator", PyTypes.Object);
    private static readonly PyType FieldNameIterator = new("fieldnameiterator", PyTypes.Object);

    public static PyModule Create()
    {
        var m = new ModuleBuilder("_string", null);
        // (literal_text, field_name, format_spec, conversion) per chunk; None for what a chunk lacks.
        m.Function("formatter_parser", (a, k) =>
        {
            ArgCheck.Exactly("formatter_parser", a, k, 1);
            var text = a[0] as PyStr ?? throw PyException.TypeError($"expected str, got {a[0].Type.Name}");
            var items = StrFormat.Parse(text.Value).Select(c => (PyObject)new PyTuple([
                PyStr.From(c.Literal),
                c.Field is null ? PyNone.Instance : PyStr.From(c.Field),
                c.Field is null ? PyNone.Instance : PyStr.From(c.Spec ?? ""),
                c.Conversion is { } conv ? PyStr.From(conv.ToString()) : PyNone.Instance,
            ])).ToList();
            return new SequenceIterator(items, FormatterIterator);
        });
        // (first, iterator of (is_attribute, key)): first is an int for digits, else the str.
        m.Function("formatter_field_name_split", (a, k) =>
        {
            ArgCheck.Exactly("formatter_field_name_split", a, k, 1);
            var text = a[0] as PyStr ?? throw PyException.TypeError($"expected str, got {a[0].Type.Name}");
            var (first, parts) = StrFormat.SplitName(text.Value);
            PyObject head = first switch { int i => PyInt.From(i), string s => PyStr.From(s), _ => PyStr.Empty };
            var rest = parts.Select(p => (PyObject)new PyTuple([PyBool.From(p.Item1), p.Item2])).ToList();
            return new PyTuple([head, new SequenceIterator(rest, FieldNameIterator)]);
        });
        return m.Module;
    }
}
