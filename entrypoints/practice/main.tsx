import '../../components/practice/practice.css';
import '../../lib/checks/deep/install';
import { render } from 'preact';
import { PracticeApp } from '../../components/practice/App';

const root = document.getElementById('app');
if (root) render(<PracticeApp />, root);
