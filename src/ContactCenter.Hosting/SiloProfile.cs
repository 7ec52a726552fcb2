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

    /// <summary>
    /// The command line for a host builder, its own appsettings.json no longer watched. That watch
    /// covers the content root and every folder below it with inotify, and the embedded product
    /// keeps its SQLite files in data/ beneath it: every commit woke the watcher's thread, which
    /// read and matched the change against appsettings.json (a fifth of the event path's CPU with
    /// the state files beneath the content root, as the quick start keeps them).
    /// The profile stays watched in its own folder; what operators change at run time
    /// (thresholds, log levels under <c>Logging</c>) belongs there. A later
    /// <c>--hostBuilder:reloadConfigOnChange=true</c> still wins.
    /// </summary>
    public static string[] HostArguments(string[] args) => ["--hostBuilder:reloadConfigOnChange=false", .. args];

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
        // Beneath the application's own environment variables (the last such source; the first
        // ones are the host's prefixed ones, beneath appsettings.json), so appsettings.json's
        // defaults yield to the profile and the profile to the environment and the command line.
        var environment = sources.ToList().FindLastIndex(s => s is EnvironmentVariablesConfigurationSource);
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
