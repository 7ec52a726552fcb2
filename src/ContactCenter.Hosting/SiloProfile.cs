using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ContactCenter.Hosting;

/// <summary>
/// Loads silo-config/{profile}.json ("local" unless --Profile or the Profile variable says
/// otherwise) beneath environment variables and the command line, so standard overrides still
/// win. The file is watched: thresholds edited there apply without a restart.
/// </summary>
public static class SiloProfile
{
    public const string Key = "Profile";
    public const string DefaultProfile = "local";

    public static string AddSiloProfile(this IConfigurationManager configuration)
    {
        var profile = configuration[Key] ?? DefaultProfile;
        var file = $"{profile}.json";
        var folder = Locate(configuration["ConfigFolder"], file)
            ?? throw new InvalidOperationException($"No silo-config profile '{profile}': {file} was not found in a silo-config folder.");
        var source = new JsonConfigurationSource
        {
            Path = file,
            Optional = false,
            ReloadOnChange = true,
            FileProvider = new PhysicalFileProvider(folder),
        };
        var sources = configuration.Sources;
        var environment = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(environment < 0 ? sources.Count : environment, source);
        return profile;
    }

    /// <summary>The repository's silo-config (found walking up from the working folder) first, then the copy beside the binaries.</summary>
    private static string? Locate(string? explicitFolder, string file)
    {
        if (explicitFolder is not null)
        {
            return File.Exists(Path.Combine(explicitFolder, file)) ? Path.GetFullPath(explicitFolder) : null;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "silo-config");
            if (File.Exists(Path.Combine(candidate, file)))
            {
                return candidate;
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "silo-config");
        return File.Exists(Path.Combine(beside, file)) ? beside : null;
    }
}
