import '../../components/options/options.css';
import { mountOptions } from '../../components/options/mount';
import { browserOptionsDeps } from '../../components/options/deps';

const root = document.getElementById('app');
if (root) mountOptions(root, browserOptionsDeps());
