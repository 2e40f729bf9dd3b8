using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Configuration;

/// <summary>
/// Checks that every configured value converts to its setting's type before anything is bound. The binder
/// would throw for a plain setting and, worse, silently drop a list element that fails (a source whose
/// Interval is "soon" simply vanished); here each one is a sentence naming the key and the bad value.
/// </summary>
public static class ConfigurationValueCheck
{
    /// <summary>Throws <see cref="ConfigurationException"/> listing every value that cannot be converted.</summary>
    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        var failures = new List<string>();
        foreach (var (section, type) in OptionsSections.All) CheckObject(configuration.GetSection(section), type, failures, isListElement: false);
        if (failures.Count > 0) throw new ConfigurationException(failures);
    }

    private static void CheckObject(IConfigurationSection section, Type type, List<string> failures, bool isListElement)
    {
        if (isListElement && section.Value is not null)
        {
            failures.Add($"{section.Path} is '{section.Value}', but each element must be an object with named settings.");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetSetMethod() is not null))
        {
            CheckValue(section.GetSection(property.Name), property.PropertyType, failures);
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, List<string> failures)
    {
        var children = section.GetChildren().ToList();
        if (section.Value is null && children.Count == 0) return;
        if (ElementType(type) is { } element)
        {
            if (section.Value is { Length: > 0 } && children.Count == 0)
            {
                failures.Add($"{section.Path} is '{section.Value}', but it must be a list (in JSON: [ ... ]).");
                return;
            }

            foreach (var child in children)
            {
                if (IsScalar(element)) CheckScalar(child, element, failures);
                else CheckObject(child, element, failures, isListElement: true);
            }

            return;
        }

        if (IsScalar(type)) CheckScalar(section, type, failures);
        else CheckObject(section, type, failures, isListElement: false);
    }

    private static void CheckScalar(IConfigurationSection section, Type type, List<string> failures)
    {
        if (section.Value is null)
        {
            if (section.GetChildren().Any()) failures.Add($"{section.Path} must be a single value, not a section.");
            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || (target != type && section.Value.Length == 0)) return;
        try
        {
            // The same conversion the configuration binder applies.
            _ = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(section.Value);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException || e.InnerException is FormatException or OverflowException)
        {
            failures.Add($"{section.Path} is '{section.Value}', which is not {Expected(target)}.");
        }
    }

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal) || target == typeof(TimeSpan)
            || target == typeof(DateTimeOffset) || target == typeof(DateTime) || target == typeof(Uri) || target == typeof(Guid);
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number (with a '.' for decimals)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration such as 00:15:00 (hh:mm:ss)",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date such as 2026-05-01",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => string.Create(CultureInfo.InvariantCulture, $"a valid {type.Name}"),
    };
}
