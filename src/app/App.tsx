export function App() {
  return (
    <main>
      <h1>Nines</h1>
      <p>A high-availability lab. The live lab is being built.</p>
    </main>
  );
}
