namespace Engine.Runtime;

/// <summary>
/// The kind of a struct sequence (CPython's structseq.c): a tuple subclass whose items also have
/// names, such as sys.version_info, sys.float_info and time.struct_time. Fields past
/// <see cref="Visible"/> (struct_time's tm_zone, tm_gmtoff) are attributes only, not items.
/// </summary>
public sealed class StructSeqType
{
    public StructSeqType(string module, string name, string[] fields, int? visible = null)
    {
        Fields = fields;
        Visible = visible ?? fields.Length;
        Type = new PyType(name, PyTypes.Tuple) { Module = module, ShowsModuleInName = true };
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            var getter = new PyBuiltinFunction(fields[i], (a, k) => ((PyStructSeq)a[0]).Values[index]);
            Type.Dict[fields[i]] = new PyProperty(getter, null, null, PyNone.Instance) { Name = fields[i] };
        }
        Type.Dict["n_sequence_fields"] = PyInt.From(Visible);
        Type.Dict["n_fields"] = PyInt.From(fields.Length);
        Type.Dict["_fields"] = PyTuple.Create([.. fields.Take(Visible).Select(f => (PyObject)PyStr.From(f))]);
    }

    public string[] Fields { get; }
    public int Visible { get; }
    public PyType Type { get; }

    public PyStructSeq Create(params PyObject[] values)
    {
        if (values.Length != Fields.Length) throw new ArgumentException($"{Type.Name} takes {Fields.Length} values");
        return new PyStructSeq(this, values);
    }
}

/// <summary>One struct sequence: a tuple of its visible fields, repr <c>sys.version_info(major=3, ...)</c>.</summary>
public sealed class PyStructSeq : PyTuple
{
    internal PyStructSeq(StructSeqType kind, PyObject[] values) : base(values[..kind.Visible])
    {
        Kind = kind;
        Values = values;
    }

    public StructSeqType Kind { get; }
    internal PyObject[] Values { get; }
    public override PyType Type => Kind.Type;

    public override void WriteRepr(ReprWriter w)
    {
        w.Append(Kind.Type.Module).Append('.').Append(Kind.Type.Name).Append('(');
        for (var i = 0; i < Kind.Visible; i++)
        {
            if (i > 0) w.Append(", ");
            w.Append(Kind.Fields[i]).Append('=');
            Values[i].WriteRepr(w);
        }
        w.Append(')');
    }

    public override void WriteStr(ReprWriter w) => WriteRepr(w);
}
