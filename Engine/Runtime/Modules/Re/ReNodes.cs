namespace Engine.Runtime.Modules.Re;

/// <summary>The flags of CPython 3.11's re module (Lib/re/_constants.py values).</summary>
[Flags]
public enum ReFlags
{
    None = 0,
    Template = 1,
    IgnoreCase = 2,
    Locale = 4,
    Multiline = 8,
    DotAll = 16,
    Unicode = 32,
    Verbose = 64,
    Debug = 128,
    Ascii = 256,
}

/// <summary>
/// A parsed pattern, shaped like sre_parse's SubPattern items: what the parser reads from
/// Python's syntax, and what <see cref="ReTranslator"/> writes as a .NET pattern.
/// </summary>
public abstract record ReNode;

public sealed record ReLiteral(int CodePoint) : ReNode;

public sealed record ReAny : ReNode;

/// <summary>\d \D \s \S \w \W, alone or in a set.</summary>
public enum ReCategory { Digit, NotDigit, Space, NotSpace, Word, NotWord }

public abstract record ReSetItem;
public sealed record ReSetLiteral(int CodePoint) : ReSetItem;
public sealed record ReSetRange(int Low, int High) : ReSetItem;
public sealed record ReSetCategory(ReCategory Category) : ReSetItem;

public sealed record ReSet(bool Negate, List<ReSetItem> Items) : ReNode;

public sealed record ReCategoryNode(ReCategory Category) : ReNode;

public enum ReAt { Beginning, End, BeginningString, EndString, Boundary, NonBoundary }

public sealed record ReAtNode(ReAt At) : ReNode;

public sealed record ReSequence(List<ReNode> Items) : ReNode;

public sealed record ReBranch(List<ReNode> Alternatives) : ReNode;

/// <summary>A group: capturing when <paramref name="Index"/> is set, else one that only scopes flags.</summary>
public sealed record ReGroup(int? Index, ReFlags Add, ReFlags Remove, ReNode Body) : ReNode;

public sealed record ReAtomic(ReNode Body) : ReNode;

public sealed record ReAssert(bool Behind, bool Negative, ReNode Body) : ReNode;

public sealed record ReGroupRef(int Index) : ReNode;

public sealed record ReGroupExists(int Index, ReNode Yes, ReNode? No) : ReNode;

public enum ReRepeatKind { Greedy, Lazy, Possessive }

public sealed record ReRepeat(long Min, long Max, ReRepeatKind Kind, ReNode Item) : ReNode;

/// <summary>re.error's arguments, raised by the parser: the message and the position in the pattern.</summary>
public sealed class ReSyntaxError(string message, int? position) : Exception(message)
{
    public string Msg { get; } = message;
    public int? Position { get; } = position;
}
