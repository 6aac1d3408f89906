using Engine.Parser;
using Engine.Syntax;

namespace Engine.VM;

/// <summary>
/// traceback._extract_caret_anchors_from_line_segment of 3.11: in a segment that is a binary
/// operation or a subscript alone, the span the ^ marks (the operator, or the brackets) while
/// the rest of the expression gets ~. <see cref="LeftEnd"/> and <see cref="RightStart"/> are
/// character offsets into the segment.
/// </summary>
internal readonly record struct CaretAnchors(int LeftEnd, int RightStart)
{
    public static CaretAnchors? FromSegment(int[] segment)
    {
        try
        {
            return Extract(segment);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            return null; // traceback.py suppresses any failure here: no anchors then
        }
    }

    private static CaretAnchors? Extract(int[] segment)
    {
        var parsed = PythonParser.Parse(SourceText.FromCodePoints(segment));
        if (parsed.Error is not null || parsed.Tree is not Module { Body.Count: 1 } module) return null;
        if (module.Body[0] is not ExprStmt { Value: var expression }) return null;
        int Normalize(int offset) => SourceText.ByteOffsetToCharacterOffset(segment, offset);
        switch (expression)
        {
            case BinOp binOp:
            {
                // The operator: the first non-space text between the operands, one or two characters.
                var leftEnd = binOp.Left.EndColOffset ?? throw new InvalidOperationException();
                var operatorText = SourceText.Slice(segment, Normalize(leftEnd), Normalize(binOp.Right.ColOffset));
                var operatorOffset = operatorText.Length - operatorText.SkipWhile(SourceText.IsSpace).Count();
                // As in traceback.py, the byte column and the character count are added as they are.
                var leftAnchor = leftEnd + operatorOffset;
                var rightAnchor = leftAnchor + 1;
                if (operatorOffset + 1 < operatorText.Length && !SourceText.IsSpace(operatorText[operatorOffset + 1])) rightAnchor++;
                // Past closing parentheses and comments between the left operand and the operator.
                while (leftAnchor < segment.Length && (SourceText.IsSpace(segment[leftAnchor]) || segment[leftAnchor] is ')' or '#'))
                {
                    leftAnchor++;
                    rightAnchor++;
                }
                return new CaretAnchors(Normalize(leftAnchor), Normalize(rightAnchor));
            }
            case Subscript subscript:
            {
                var leftAnchor = Normalize(subscript.Value.EndColOffset ?? throw new InvalidOperationException());
                var rightAnchor = Normalize((subscript.Slice.EndColOffset ?? throw new InvalidOperationException()) + 1);
                while (leftAnchor < segment.Length && (SourceText.IsSpace(segment[leftAnchor]) || segment[leftAnchor] != '[')) leftAnchor++;
                while (rightAnchor < segment.Length && (SourceText.IsSpace(segment[rightAnchor]) || segment[rightAnchor] != ']')) rightAnchor++;
                if (rightAnchor < segment.Length) rightAnchor++;
                return new CaretAnchors(leftAnchor, rightAnchor);
            }
            default:
                return null;
        }
    }
}
