using System.Text;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>What a fetch returned: the body, or that the resource has not changed since the validators sent.</summary>
/// <param name="FinalUri">The address after redirects.</param>
/// <param name="NotModified">True on 304: <paramref name="Body"/> is empty and the caller's copy is current.</param>
/// <param name="MediaType">The Content-Type's media type, lower case.</param>
/// <param name="Charset">The Content-Type's charset, when stated.</param>
public sealed record FetchResponse(Uri FinalUri, bool NotModified, byte[] Body, string? MediaType, string? Charset, HttpValidators Validators)
{
    /// <summary>The body as text: the stated charset, else UTF-8 (a byte-order mark wins over both).</summary>
    public string Text()
    {
        var encoding = Encoding.UTF8;
        if (Charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(Charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset name: UTF-8 is the web's default and the best remaining guess.
            }
        }

        using var reader = new StreamReader(new MemoryStream(Body), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
