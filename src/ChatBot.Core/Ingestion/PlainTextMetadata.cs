using System.Text.RegularExpressions;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Metadata that a plain-text story states in its own words: a first line naming a domain or URL (the outlet),
/// a "Source: &lt;url&gt;" line (the story's address; the outlet stays what the text names, so quotes keep
/// their headlines as labels when one site supplies many stories),
/// "Read original on …", "Original source: …", "As reported by …", "By …", "Published: …", and a headline line.
/// Only what the text says is taken; nothing is inferred.
/// </summary>
public static partial class PlainTextMetadata
{
    /// <summary>How many leading non-empty lines may hold the header (outlet, headline, byline, date).</summary>
    private const int HeaderLines = 12;

    /// <summary>Extracts what the text says about itself.</summary>
    public static StoryMetadata Extract(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // The header ends where the body starts: the first line long enough to be a paragraph.
        var header = lines.Take(HeaderLines).TakeWhile(l => !IsParagraph(l)).ToList();
        var url = header.Select(l => UrlLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["url"].Value;
        var outlet = Labelled(text, ReadOriginal())
            ?? DomainOrUrlOutlet(header.FirstOrDefault())
            ?? DoubledBrand(header.FirstOrDefault())
            ?? Labelled(text, AsReportedBy());
        return new StoryMetadata(
            Title: header.Where((l, i) => IsHeadline(l, outlet, isFirstLine: i == 0 && l == lines[0])).FirstOrDefault(),
            Outlet: outlet,
            Url: url,
            Published: header.Select(l => DateLine().Match(l)).Where(m => m.Success).Select(m => DateParsing.Parse(m.Groups["date"].Value)).FirstOrDefault(d => d is not null),
            Author: header.Select(l => Byline().Match(l)).FirstOrDefault(m => m.Success)?.Groups["name"].Value.Trim());
    }

    private static string? Labelled(string text, Regex pattern)
    {
        var match = pattern.Match(text);
        return match.Success ? match.Groups["name"].Value.Trim().TrimEnd('.', ',', ';', ':') : null;
    }

    private static string? DomainOrUrlOutlet(string? firstLine)
    {
        if (firstLine is null) return null;
        var url = UrlLine().Match(firstLine);
        if (url.Success) return Uri.TryCreate(url.Groups["url"].Value, UriKind.Absolute, out var uri) ? StripWww(uri.Host) : null;
        var domain = DomainLine().Match(firstLine);
        return domain.Success ? StripWww(domain.Groups["domain"].Value) : null;
    }

    /// <summary>Scraped pages often start with a logo's alt text followed by the same name: "AcmeAcme".</summary>
    private static string? DoubledBrand(string? firstLine)
    {
        if (firstLine is null || firstLine.Length is < 4 or > 60 || firstLine.Length % 2 != 0) return null;
        var half = firstLine[..(firstLine.Length / 2)];
        return half == firstLine[(firstLine.Length / 2)..] && !half.Contains(' ', StringComparison.Ordinal) ? half : null;
    }

    /// <summary>
    /// A headline: a line of a few words that does not end like a sentence. The file's first line may be as short
    /// as two words ("Blair's rebate plea"); later lines need four, so labels such as "Key insights" are not taken.
    /// </summary>
    private static bool IsHeadline(string line, string? outlet, bool isFirstLine)
    {
        if (!char.IsLetterOrDigit(line[0]) && line[0] is not ('"' or '\'' or '“' or '‘')) return false;
        if (line.Length > 200 || line == outlet || DomainLine().IsMatch(line) || UrlLine().IsMatch(line)) return false;
        if (line[0] is '•' or '-' or '*' || line.EndsWith('.') || line.EndsWith('…') || line.EndsWith(':')) return false;
        if (line.All(c => !char.IsLetter(c) || char.IsLower(c))) return false; // a tag line: "meta ai jobs"
        if (Byline().IsMatch(line) || DateLine().IsMatch(line)) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= (isFirstLine ? 2 : 4) && words <= 25;
    }

    private static bool IsParagraph(string line) => line.Length > 200 || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 25;

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    [GeneratedRegex(@"^(?<domain>[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,})(\s|$)")]
    private static partial Regex DomainLine();

    /// <summary>A URL alone on its line, or labelled: "Source: https://…", "URL: …", "Original URL: …".</summary>
    [GeneratedRegex(@"^((Source|URL|Link|Original URL|Canonical URL):\s*)?(?<url>https?://\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"(Read (the )?original (article )?(on|at)|Original source:)\s*(?<name>[^\n]{2,80})")]
    private static partial Regex ReadOriginal();

    [GeneratedRegex(@"\b[Aa]s reported by (?<name>(the |The )?[A-Z][\w&'’.-]*( [A-Z][\w&'’.-]*){0,4})")]
    private static partial Regex AsReportedBy();

    [GeneratedRegex(@"^By (?<name>[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,4})$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(Published|Date|Posted|Updated)( on)?:?\s+(?<date>.{6,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();
}
