using Xunit.Sdk;

namespace ChatBot.Core.Tests.Index;

/// <summary>
/// A fact of a conformance suite. The suite is written once, on an abstract class, and each subclass runs it
/// against one implementation; a subclass marked <see cref="RequiresEnvironmentVariableAttribute"/> has its
/// facts skipped, visibly, when that variable is not set.
/// </summary>
[XunitTestCaseDiscoverer("ChatBot.Core.Tests.Index.ConformanceFactDiscoverer", "ChatBot.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute;
