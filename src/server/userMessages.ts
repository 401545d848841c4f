// Messages for the writer. Sent as window/showMessage notifications, not showMessageRequest:
// they offer no buttons, so nothing should wait for (or depend on) the writer dismissing them.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';

export function showError(connection: Connection, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
}

export function showInfo(connection: Connection, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
}
