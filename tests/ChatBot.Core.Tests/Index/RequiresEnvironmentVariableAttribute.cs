namespace ChatBot.Core.Tests.Index;

/// <summary>
/// On a test class: its <see cref="ConformanceFactAttribute"/> tests are skipped, with a reason that says so,
/// unless the environment variable is set (e.g. <c>QDRANT_URL</c> for a live Qdrant).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresEnvironmentVariableAttribute(string name, string purpose) : Attribute
{
    public string Name { get; } = name;

    public string Purpose { get; } = purpose;
}
