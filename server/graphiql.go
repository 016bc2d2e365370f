package server

import (
	"embed"
	"html/template"
	"net/http"
)

// GraphiQL and React come from npm (scripts/graphiql/build.sh) and are embedded, so the IDE
// works on a machine without internet access.
//
//go:embed graphiql/*.js graphiql/*.css
var graphiqlAssets embed.FS

var graphiqlPage = template.Must(template.New("graphiql").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concord GraphQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>
`))

// startScript is served as a file rather than inline, so the page works under a strict
// Content-Security-Policy without 'unsafe-inline' scripts.
const startScript = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var defaultQuery = '# Who works on justice in Kosovo on 1 June 2010?\n' +
    'query {\n  engagements(country: "XKX", function: JUSTICE, at: "2010-06-01") {\n' +
    '    totalCount\n    edges { node { role actor { name } subject { ... on Mission { acronym } ... on Activity { title } } } }\n  }\n}\n';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
`

func serveGraphiQL(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = graphiqlPage.Execute(w, nil)
}

func serveGraphiQLStart(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	_, _ = w.Write([]byte(startScript))
}
