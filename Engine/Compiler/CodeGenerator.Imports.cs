using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>import and from-import (compiler_import, compiler_import_as, compiler_from_import).</summary>
internal sealed partial class CodeGenerator
{
    private void Import(Import s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(new IntConstant(0));
            LoadConst(NoneConstant.Instance);
            Emit(Opcode.IMPORT_NAME, MangledName(alias.Name));
            if (alias.Asname is not null)
            {
                ImportAs(alias.Name, alias.Asname, alias);
                continue;
            }
            // `import a.b.c` binds the top package, a
            var dot = alias.Name.IndexOf('.');
            NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, Ctx.Store, alias);
        }
    }

    /// <summary>`import a.b.c as d`: IMPORT_NAME gave package a; each IMPORT_FROM walks one level down.</summary>
    private void ImportAs(string name, string asName, Located where)
    {
        var dot = name.IndexOf('.');
        if (dot < 0)
        {
            NameOp(asName, Ctx.Store, where);
            return;
        }
        while (true)
        {
            var pos = dot + 1;
            dot = name.IndexOf('.', pos);
            var attr = name[pos..(dot >= 0 ? dot : name.Length)];
            Emit(Opcode.IMPORT_FROM, _u.AddName(attr));
            if (dot < 0) break;
            Emit(Opcode.SWAP, 2);
            Emit(Opcode.POP_TOP);
        }
        NameOp(asName, Ctx.Store, where);
        Emit(Opcode.POP_TOP);
    }

    private void ImportFrom(ImportFrom s)
    {
        LoadConst(new IntConstant(s.Level ?? 0));
        var names = new TupleConstant(s.Names.Select(a => (PyConstant)new StrConstant(a.Name)).ToArray());
        if (s.Lineno > _future.Lineno && s.Module == "__future__")
            throw ErrorHere("from __future__ imports must occur at the beginning of the file");
        LoadConst(names);
        Emit(Opcode.IMPORT_NAME, MangledName(s.Module ?? ""));
        for (var i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name.StartsWith('*'))
            {
                Emit(Opcode.IMPORT_STAR);
                return;
            }
            Emit(Opcode.IMPORT_FROM, MangledName(alias.Name));
            NameOp(alias.Asname ?? alias.Name, Ctx.Store, alias);
        }
        // the module itself
        Emit(Opcode.POP_TOP);
    }
}
