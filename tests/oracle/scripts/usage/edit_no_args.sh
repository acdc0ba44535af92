kubectl edit
