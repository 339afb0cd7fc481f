using JobCapture.App.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

public sealed class ConnectModel(PairingToken token) : PageModel
{
    public string Token => token.Value;

    public string ServiceAddress => $"{Request.Scheme}://{Request.Host}";
}
