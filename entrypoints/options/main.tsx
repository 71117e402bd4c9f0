import { render } from 'preact';
import { Options } from '@/components/Options';
import '@/components/styles.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
