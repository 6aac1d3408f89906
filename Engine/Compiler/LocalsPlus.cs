using Engine.Bytecode;

namespace Engine.Compiler;

/// <summary>
/// The frame's "locals plus" layout (assemble()'s build_cellfixedoffsets, insert_prefix_instructions
/// and fix_cell_offsets): the fast locals, then the cells that are not arguments, then the free
/// variables. Cell and free opcodes were numbered cells-then-frees while compiling; here they get
/// their final slots, and the code gets its prefix: COPY_FREE_VARS, MAKE_CELL per cell, and
/// RETURN_GENERATR + POP_TOP for generators and coroutines.
/// </summary>
internal static class LocalsPlus
{
    private const CodeFlags GeneratorLike = CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR;

    public static void Lay(CodeUnit unit)
    {
        var fixedOffsets = CellFixedOffsets(unit);
        InsertPrefix(unit, fixedOffsets);
        FixCellOffsets(unit, fixedOffsets);
    }

    /// <summary>build_cellfixedoffsets: each cell's or free variable's slot; a cell that is also an argument lives in the argument's slot.</summary>
    private static int[] CellFixedOffsets(CodeUnit unit)
    {
        var nlocals = unit.VarNames.Count;
        var offsets = new int[unit.CellVars.Count + unit.FreeVars.Count];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = nlocals + i;
        foreach (var (name, cell) in unit.CellVars)
        {
            var arg = unit.VarNames.IndexOf(name);
            if (arg >= 0) offsets[cell] = arg;
        }
        return offsets;
    }

    private static void InsertPrefix(CodeUnit unit, int[] fixedOffsets)
    {
        var entry = unit.Entry.Instrs;
        if ((unit.Flags & GeneratorLike) != 0)
        {
            entry.Insert(0, new Instr((int)Opcode.RETURN_GENERATOR, 0, new Location(unit.FirstLineNo, unit.FirstLineNo, -1, -1)));
            entry.Insert(1, new Instr((int)Opcode.POP_TOP, 0, Location.None));
        }
        var ncells = unit.CellVars.Count;
        if (ncells > 0)
        {
            // MAKE_CELL in slot order
            var sorted = new int[ncells + unit.VarNames.Count];
            for (var i = 0; i < ncells; i++) sorted[fixedOffsets[i]] = i + 1;
            var used = 0;
            for (var i = 0; used < ncells; i++)
            {
                var old = sorted[i] - 1;
                if (old < 0) continue;
                entry.Insert(used, new Instr((int)Opcode.MAKE_CELL, old, Location.None));
                used++;
            }
        }
        if (unit.FreeVars.Count > 0)
            entry.Insert(0, new Instr((int)Opcode.COPY_FREE_VARS, unit.FreeVars.Count, Location.None));
    }

    /// <summary>fix_cell_offsets: the DEREF family's arguments become slots; cells living in argument slots take none of their own.</summary>
    private static void FixCellOffsets(CodeUnit unit, int[] fixedMap)
    {
        var nlocals = unit.VarNames.Count;
        var dropped = 0;
        for (var i = 0; i < fixedMap.Length; i++)
        {
            if (fixedMap[i] == i + nlocals) fixedMap[i] -= dropped;
            else dropped++;
        }
        foreach (var b in unit.Blocks)
        {
            foreach (var inst in b.Instrs)
            {
                if (inst.Op is (int)Opcode.MAKE_CELL or (int)Opcode.LOAD_CLOSURE or (int)Opcode.LOAD_DEREF
                    or (int)Opcode.STORE_DEREF or (int)Opcode.DELETE_DEREF or (int)Opcode.LOAD_CLASSDEREF)
                    inst.Arg = fixedMap[inst.Arg];
            }
        }
    }

    /// <summary>co_cellvars as CPython lists them: the cells in slot order (argument cells first, then the rest as sorted).</summary>
    public static string[] CellVarNames(CodeUnit unit)
    {
        var argCells = unit.VarNames.Where(unit.CellVars.ContainsKey);
        var others = unit.CellVars.OrderBy(c => c.Value).Select(c => c.Key).Where(n => !unit.IsVarName(n));
        return [.. argCells, .. others];
    }

    public static string[] FreeVarNames(CodeUnit unit) => [.. unit.FreeVars.OrderBy(f => f.Value).Select(f => f.Key)];
}
