using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatBot.Core.Tests.Index;

/// <summary>
/// Discovers <see cref="ConformanceFactAttribute"/> tests per concrete class, so that one subclass can be skipped
/// (no live service configured) while the others run. xunit 2 has no runtime skip, hence the discoverer.
/// </summary>
public sealed class ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = SkipReason(testMethod.TestClass.Class);
        if (reason is null) return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);

        return new XunitSkippedDataRowTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            reason);
    }

    private static string? SkipReason(ITypeInfo testClass)
    {
        foreach (var attribute in testClass.GetCustomAttributes(typeof(RequiresEnvironmentVariableAttribute)))
        {
            var arguments = attribute.GetConstructorArguments().ToList();
            var name = (string)arguments[0];
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name)))
            {
                return $"{name} is not set: {arguments[1]}";
            }
        }

        return null;
    }
}
