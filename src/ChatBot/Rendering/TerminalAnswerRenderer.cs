using System.Text;
using ChatBot.Core.Answering;

namespace ChatBot.Rendering;

/// <summary>Renders an answer for a terminal: the text, the numbered sources with their quotes, and the disagreements.</summary>
public static class TerminalAnswerRenderer
{
    public static string Render(Answer answer)
    {
        var output = new StringBuilder();
        foreach (var notice in answer.Notices ?? []) output.Append("Note: ").AppendLine(notice);
        output.AppendLine(answer.Text);
        if (answer.Citations.Count > 0)
        {
            output.AppendLine().AppendLine("Sources:");
            foreach (var c in answer.Citations)
            {
                var name = c.DisplayName ?? c.Outlet ?? c.SourceId;
                output.Append($"  [{c.Number}] ").Append(name);
                if (c.Title is not null && c.Title != name) output.Append(" — ").Append(c.Title);
                if (c.Published is { } date) output.Append($" ({date:yyyy-MM-dd})");
                output.AppendLine();
                if (c.Url is not null) output.Append("      ").AppendLine(c.Url);
                output.Append("      \"").Append(c.Quote).Append("\" (").Append(c.SourceId).Append($", chars {c.Start}-{c.End})").AppendLine();
            }
        }

        // A summary's text states its disagreements first; an answer's are stated here, once.
        if (answer.Disagreements.Count > 0 && answer.Summary is null)
        {
            output.AppendLine().AppendLine("Where the sources disagree:");
            foreach (var d in answer.Disagreements)
            {
                output.Append("  ").AppendLine(DisagreementProse.Sentence(d, answer.Citations));
            }
        }

        return output.ToString();
    }
}
