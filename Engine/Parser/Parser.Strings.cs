using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

// strings: STRING+ — implicit concatenation of str, bytes and f-string literals.
internal sealed partial class Parser
{
    private Expr Strings()
    {
        var start = Cur;
        var tokens = new List<ParserToken>();
        while (At(TokenType.STRING)) tokens.Add(Advance());
        var end = tokens[^1];

        bool bytesMode = StringParts.Of(start.Text).IsBytes, anyF = false;
        foreach (var t in tokens)
        {
            var parts = StringParts.Of(t.Text);
            if (parts.IsBytes != bytesMode) throw StringError("cannot mix bytes and nonbytes literals");
            anyF |= parts.IsFString;
        }
        // CPython marks only a lower-case 'u' prefix (_PyPegen_concatenate_strings): U'' has no kind.
        string? kind = start.Text[0] == 'u' ? "u" : null;

        if (bytesMode)
        {
            var all = new List<byte>();
            foreach (var t in tokens)
            {
                var parts = StringParts.Of(t.Text);
                string body = t.Text.Substring(parts.BodyStart, parts.BodyLength);
                foreach (char c in body)
                    if (c >= 0x80) throw ErrorAt(t, "bytes can only contain ASCII literal characters");
                all.AddRange(Decode(() => StringLiteral.DecodeBytes(body, parts.IsRaw)));
            }
            return Span(new Constant(new BytesConstant(all.ToArray()), null), start, end);
        }

        if (anyF)
        {
            try
            {
                return new FStringBuilder(this, tokens).Build();
            }
            catch (StringLiteral.DecodeError e)
            {
                throw StringError(e.Message);
            }
        }

        var sb = new System.Text.StringBuilder();
        foreach (var t in tokens)
        {
            var parts = StringParts.Of(t.Text);
            string body = t.Text.Substring(parts.BodyStart, parts.BodyLength);
            sb.Append(Decode(() => StringLiteral.DecodeStr(body, parts.IsRaw)));
        }
        return Span(new Constant(new StrConstant(sb.ToString()), kind), start, end);
    }

    /// <summary>Runs a decoder, turning its escape errors into a SyntaxError.</summary>
    private T Decode<T>(Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (StringLiteral.DecodeError e)
        {
            throw StringError(e.Message);
        }
    }

    /// <summary>pegen raises errors found inside literals at the last token it has read: the one after the strings.</summary>
    private SourceErrorException StringError(string msg) => ErrorAt(Cur, msg);
}
