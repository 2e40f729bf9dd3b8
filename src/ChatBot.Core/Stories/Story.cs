namespace ChatBot.Core.Stories;

/// <summary>
/// One news story as indexed. <see cref="Text"/> is the stored text every quote is checked against:
/// it differs from the source only in Unicode normal form and line endings (or, for HTML and Markdown,
/// it is the readable text extracted from the markup).
/// </summary>
/// <param name="Id">Stable id derived from the story's location (path relative to its source root, or canonical URL).</param>
/// <param name="Source">Name of the configured source the story came from.</param>
/// <param name="ContentHash">Hash of text and metadata; equal hashes mean nothing to re-index.</param>
public sealed record Story(string Id, string Source, string Text, StoryMetadata Metadata, string ContentHash);
