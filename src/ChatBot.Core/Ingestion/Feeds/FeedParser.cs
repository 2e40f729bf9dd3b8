using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>
/// Reads RSS 2.0 (and 1.0) and Atom with a forward-only <see cref="XmlReader"/>: DTDs are prohibited and no
/// external resource is ever resolved, so a hostile feed cannot expand entities or reach the network.
/// </summary>
public static class FeedParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>Parses a feed fetched from <paramref name="feedUri"/> (which resolves relative links).</summary>
    public static FeedDocument Parse(byte[] xml, Uri feedUri)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "rss" or "RDF" => ReadRss(reader, feedUri),
                "feed" when reader.NamespaceURI == AtomNamespace => ReadAtom(reader, feedUri),
                _ => throw new FeedFormatException($"not an RSS or Atom feed (the root element is <{reader.Name}>)"),
            };
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"malformed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
        }
    }

    private static FeedDocument ReadRss(XmlReader reader, Uri feedUri)
    {
        string? title = null;
        var items = new List<FeedItem>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "item")
            {
                using var item = reader.ReadSubtree();
                items.Add(ReadItem(item, feedUri, atom: false));
            }
            else if (reader.LocalName == "title" && title is null && reader.Depth <= 2)
            {
                title = reader.ReadElementContentAsString().Trim();
            }
        }

        return new FeedDocument(title, items);
    }

    private static FeedDocument ReadAtom(XmlReader reader, Uri feedUri)
    {
        string? title = null;
        var items = new List<FeedItem>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "entry")
            {
                using var entry = reader.ReadSubtree();
                items.Add(ReadItem(entry, feedUri, atom: true));
            }
            else if (reader.LocalName == "title" && title is null && reader.Depth == 1)
            {
                title = reader.ReadElementContentAsString().Trim();
            }
        }

        return new FeedDocument(title, items);
    }

    private static FeedItem ReadItem(XmlReader item, Uri feedUri, bool atom)
    {
        string? link = null, alternate = null, guid = null, title = null, published = null, updated = null;
        var permaLink = true;
        item.MoveToContent();
        item.Read();
        while (!item.EOF)
        {
            if (item.NodeType != XmlNodeType.Element)
            {
                item.Read();
                continue;
            }

            switch (item.LocalName)
            {
                case "link" when atom || item.HasAttributes && item.GetAttribute("href") is not null:
                    var rel = item.GetAttribute("rel");
                    if (rel is null or "alternate") alternate ??= item.GetAttribute("href");
                    item.Skip();
                    break;
                case "link":
                    link ??= item.ReadElementContentAsString().Trim();
                    break;
                case "guid":
                    permaLink = item.GetAttribute("isPermaLink") is not "false";
                    guid = item.ReadElementContentAsString().Trim();
                    break;
                case "id":
                    guid = item.ReadElementContentAsString().Trim();
                    break;
                case "title":
                    title = item.ReadElementContentAsString().Trim();
                    break;
                case "pubDate" or "published" or "issued":
                    published = item.ReadElementContentAsString().Trim();
                    break;
                case "updated" or "modified" or "date":
                    updated = item.ReadElementContentAsString().Trim();
                    break;
                default:
                    item.Skip();
                    break;
            }
        }

        var address = link ?? alternate ?? (permaLink && !atom ? guid : null);
        var resolved = Resolve(address, feedUri);
        var fingerprint = Fingerprint(resolved, guid, title, published, updated);
        return new FeedItem(resolved, title, DateParsing.Parse(published ?? updated), fingerprint);
    }

    private static string? Resolve(string? address, Uri feedUri)
    {
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(feedUri, address.Trim(), out var uri)) return null;
        return uri.Scheme is "http" or "https" ? Pages.PageMetadataReader.Canonicalize(uri) : null;
    }

    private static string Fingerprint(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..32];
}
