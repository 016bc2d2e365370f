/** The network explorer is not built yet; its query (api/network.ts) is typed already. */
export function NetworkPlaceholder() {
  return (
    <section>
      <h1>Network explorer</h1>
      <p>Not available yet.</p>
    </section>
  );
}
