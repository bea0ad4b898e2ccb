// The add-in's function file. The ribbon button opens the task pane (ShowTaskpane), so no command code is needed here.
void Office.onReady();
