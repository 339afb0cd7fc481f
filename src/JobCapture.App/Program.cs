using System.CommandLine;
using JobCapture.App.Commands;

var root = new RootCommand("JobCapture: save job postings and know how to follow up on them")
{
    ServeCommand.Create(),
    CaptureCommand.Create(),
    ImportCommand.Create(),
    RecheckCommand.Create(),
    AnalyzeCommand.Create(),
    TokenCommand.Create(),
    UserCommands.Create(),
    MigrateCommand.Create(),
    CalendarCommand.Create(),
    DoctorCommand.Create(),
    InstallCommands.Install(),
    InstallCommands.Uninstall(),
    ExportCommand.Create(),
    BackupCommands.Backup(),
    BackupCommands.Restore(),
};

return await root.Parse(args).InvokeAsync();
