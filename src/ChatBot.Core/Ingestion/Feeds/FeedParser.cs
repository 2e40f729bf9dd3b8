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

    private static FeedDocument ReadRss(XmlReader reader, Uri feedUri) => ReadItems(reader, feedUri, "item", maxTitleDepth: 2, atom: false);

    private static FeedDocument ReadAtom(XmlReader reader, Uri feedUri) => ReadItems(reader, feedUri, "entry", maxTitleDepth: 1, atom: true);

    private static FeedDocument ReadItems(XmlReader reader, Uri feedUri, string itemName, int maxTitleDepth, bool atom)
    {
        string? title = null;
        var items = new List<FeedItem>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == itemName)
            {
                using (var item = reader.ReadSubtree()) items.Add(ReadItem(item, feedUri, atom));
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && title is null && reader.Depth <= maxTitleDepth)
            {
                // ReadText leaves the reader on the node after the title, which must not be skipped.
                title = ReadText(reader);
            }
            else
            {
                reader.Read();
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
                    link ??= ReadText(item);
                    break;
                case "guid":
                    permaLink = item.GetAttribute("isPermaLink") is not "false";
                    guid = ReadText(item);
                    break;
                case "id":
                    guid = ReadText(item);
                    break;
                case "title":
                    title = ReadText(item);
                    break;
                case "pubDate" or "published" or "issued":
                    published = ReadText(item);
                    break;
                case "updated" or "modified" or "date":
                    updated = ReadText(item);
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

    /// <summary>
    /// The text of the current element, nested markup included (an Atom title of type xhtml), leaving the reader
    /// after its end tag.
    /// </summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString().Trim();
    }

    private static string? Resolve(string? address, Uri feedUri)
    {
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(feedUri, address.Trim(), out var uri)) return null;
        return uri.Scheme is "http" or "https" ? Pages.PageMetadataReader.Canonicalize(uri) : null;
    }

    private static string Fingerprint(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..32];
}
