using System.Text;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>The extractive answer's line for one citation: <c>Outlet: "quote" [n]</c>.</summary>
public static class QuotedLine
{
    /// <summary>Appends the line, on a new line when the text is not empty.</summary>
    public static void Append(StringBuilder text, Story story, Citation citation)
    {
        if (text.Length > 0) text.Append('\n');
        text.Append(SourceLabel.For(story)).Append(": \"").Append(citation.Quote).Append("\" [").Append(citation.Number).Append(']');
    }
}
