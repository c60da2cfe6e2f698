from django.urls import path

from jindu.supervision.views import inbox, indicators, inspections, tasks

app_name = "supervision"
urlpatterns = [
    path("", tasks.index, name="index"),
    path("tasks/", tasks.task_board, name="board"),
    path("tasks/new/", tasks.task_new, name="task_new"),
    path("tasks/<int:pk>/", tasks.task_detail, name="task"),
    path("tasks/<int:pk>/edit/", tasks.task_edit, name="task_edit"),
    path("tasks/<int:pk>/<str:action>/", tasks.task_action, name="task_action"),
    path("inspections/", inspections.inspection_list, name="inspections"),
    path("inspections/new/", inspections.inspection_new, name="inspection_new"),
    path("inspections/<int:pk>/", inspections.inspection_detail, name="inspection"),
    path("inspections/<int:pk>/record/", inspections.inspection_record, name="inspection_record"),
    path("requirements/<int:pk>/task/", inspections.requirement_task, name="requirement_task"),
    path("attachments/<int:pk>/", inspections.attachment, name="attachment"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/read/", inbox.inbox_read, name="inbox_read"),
    path("inbox/<int:pk>/", inbox.inbox_open, name="inbox_open"),
    path("indicators/", indicators.far_behind, name="far_behind"),
    path("indicators/<slug:unit>/draft/", indicators.draft, name="draft"),
]
