namespace Engine.Syntax;

/// <summary>Any node of the abstract syntax tree; the concrete classes mirror ast.* one for one (Ast.g.cs).</summary>
public abstract class Node
{
    /// <summary>The CPython class name (ast.BinOp → "BinOp").</summary>
    public abstract string TypeName { get; }

    /// <summary>Writes the node's fields in CPython's <c>_fields</c> order.</summary>
    internal abstract void WriteFields(AstJsonWriter w);
}

/// <summary>
/// A node with a place in the source (ast's <c>_attributes</c>): 1-based lines, columns as
/// UTF-8 byte offsets into the line, exactly as CPython stores them.
/// </summary>
public abstract class Located : Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int? EndLineno { get; set; }
    public int? EndColOffset { get; set; }
}
