using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

// match statements (python.gram "match_stmt") and patterns.
internal sealed partial class Parser
{
    private Stmt? MatchStatement() => null;
}
