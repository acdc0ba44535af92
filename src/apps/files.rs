//! Fixed texts the simulated images contain: kubernetes-bootcamp's
//! `server.js` (reference §8), nginx's welcome and error pages, Tomcat's
//! 404 page, CouchDB's "Admin Party" refusal.

/// `/server.js` of kubernetes-bootcamp (v1; v2 answers `v=2`).
pub const BOOTCAMP_SERVER_JS: &str = "var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write(\"Hello Kubernetes bootcamp! | Running on: \");
  response.write(host);
  response.end(\" | v=1\\n\");
  console.log(\"Running On:\" ,host, \"| Total Requests:\", ++requests,\"| App Uptime:\", (new Date() - startTime)/1000 , \"seconds\", \"| Log Time:\",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log (\"Kubernetes Bootcamp App Started At:\",startTime, \"| Running On: \" ,host, \"\\n\" );
});
";

/// nginx's default page; versions before 1.21 lack the color-scheme line.
pub fn nginx_index(version: &str) -> String {
    let modern = !["1.7", "1.14", "1.16", "1.19", "1.20"]
        .iter()
        .any(|v| version.starts_with(v));
    let style = if modern {
        "html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n"
    } else {
        "    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }\n"
    };
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\n{style}</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href=\"http://nginx.org/\">nginx.org</a>.<br/>\nCommercial support is available at\n<a href=\"http://nginx.com/\">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n"
    )
}

/// nginx's built-in error page (`404 Not Found`, `502 Bad Gateway`).
pub fn nginx_error(status: &str, version: &str) -> String {
    format!("<html>\r\n<head><title>{status}</title></head>\r\n<body>\r\n<center><h1>{status}</h1></center>\r\n<hr><center>nginx/{version}</center>\r\n</body>\r\n</html>\r\n")
}

/// Tomcat's 404 page (images since 8.5 ship no web applications).
pub fn tomcat_404(version: &str) -> String {
    format!("<!doctype html><html lang=\"en\"><head><title>HTTP Status 404 – Not Found</title><style type=\"text/css\">body {{font-family:Tahoma,Arial,sans-serif;}} h1, h2, h3, b {{color:white;background-color:#525D76;}} h1 {{font-size:22px;}} h2 {{font-size:16px;}} h3 {{font-size:14px;}} p {{font-size:12px;}} a {{color:black;}} .line {{height:1px;background-color:#525D76;border:none;}}</style></head><body><h1>HTTP Status 404 – Not Found</h1><hr class=\"line\" /><p><b>Type</b> Status Report</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class=\"line\" /><h3>Apache Tomcat/{version}</h3></body></html>")
}

/// What couchdb 3 prints before exiting when no admin is configured.
pub const COUCHDB_ADMIN_PARTY: &str =
    "*************************************************************
ERROR: CouchDB 3.0+ will no longer run in \"Admin Party\"
       mode. You *MUST* specify an admin user and
       password, either via your own .ini file mounted
       into the container at /opt/couchdb/etc/local.ini or
       inside /opt/couchdb/etc/local.d, or with the
       COUCHDB_USER and COUCHDB_PASSWORD environment
       variables. You may also set COUCHDB_PASSWORD_FILE.
*************************************************************";

/// nginx's `50x.html`.
pub const NGINX_50X: &str = "<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
";

/// `/etc/os-release` of Debian 12, the base of nginx and perl.
pub const DEBIAN_12_OS_RELEASE: &str = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"
NAME=\"Debian GNU/Linux\"
VERSION_ID=\"12\"
VERSION=\"12 (bookworm)\"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL=\"https://www.debian.org/\"
SUPPORT_URL=\"https://www.debian.org/support\"
BUG_REPORT_URL=\"https://bugs.debian.org/\"
";
