import { render } from 'preact';

render(<main>Fact Linker</main>, document.getElementById('app')!);
