import '../../components/options/options.css';
import { mountOptions } from '../../components/options/mount';
import { browserApi } from '../../components/options/api';

const root = document.getElementById('app');
if (root) mountOptions(root, browserApi());
