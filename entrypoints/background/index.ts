import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '../../lib/messaging/server';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  const handlers = createHandlers();
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(handlers, message, sender, browser.runtime.id, browser.runtime.getURL('/')),
  );
});
