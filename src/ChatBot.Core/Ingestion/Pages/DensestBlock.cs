using AngleSharp.Dom;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>
/// Finds the element holding a page's article when it is not marked up as one: each paragraph gives its
/// text length to its parent (and half to the grandparent), and the container with the most text wins.
/// Links count against a block, so a menu of many short links never beats prose.
/// </summary>
internal static class DensestBlock
{
    public static IElement? Find(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote"))
        {
            var text = paragraph.TextContent.Trim();
            if (text.Length < 25) continue;
            var linkText = paragraph.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            var score = text.Length * (1 - Math.Min(1.0, (double)linkText / text.Length));
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent) scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2;
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value).Key;
    }
}
