using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Core.Stories;

/// <summary>Computes the content hash that decides whether a story changed.</summary>
public static class StoryHash
{
    /// <summary>SHA-256 over the text and every metadata field, hex encoded.</summary>
    public static string Compute(string text, StoryMetadata metadata)
    {
        var builder = new StringBuilder(text.Length + 256);
        builder.Append(metadata.Title).Append('\u001f')
            .Append(metadata.Outlet).Append('\u001f')
            .Append(metadata.Url).Append('\u001f')
            .Append(metadata.Published?.ToString("O")).Append('\u001f')
            .Append(metadata.Author).Append('\u001e')
            .Append(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
