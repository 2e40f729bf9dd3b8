using System.Text;
using AngleSharp.Dom;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Readable text of an element: block elements become paragraphs separated by a blank line, white space
/// inside a paragraph is collapsed as a browser would, list items keep a bullet.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "figcaption", "br", "hr", "header",
    };

    /// <summary>The text of <paramref name="root"/>, paragraphs separated by "\n\n".</summary>
    public static string Extract(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current);
        Flush(paragraphs, current);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                AppendCollapsed(current, text.Data);
            }
            else if (child is IElement element)
            {
                var isBlock = Blocks.Contains(element.LocalName);
                if (isBlock) Flush(paragraphs, current);
                if (element.LocalName == "li") current.Append("• ");
                Walk(element, paragraphs, current);
                if (isBlock) Flush(paragraphs, current);
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ') current.Append(' ');
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var paragraph = current.ToString().Trim();
        current.Clear();
        if (paragraph.Length > 0 && paragraph != "•") paragraphs.Add(paragraph);
    }
}
